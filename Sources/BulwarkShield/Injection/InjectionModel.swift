import Foundation

/// A logistic-regression model over hashed word and character n-grams.
///
/// Weights are Int8-quantized with one scale, stored as base64 in the layout written by
/// `training/injection/train.py`: the magic `BIM1`, then little-endian `UInt32` bucket
/// count (a power of two ≤ 2¹⁶), `Float32` scale and `Float32` bias, then one `Int8` per
/// bucket. Inference is deterministic: integer sums, one scale, one square root.
public struct InjectionModel: Sendable {
    private let weights: [Int8]
    private let mask: UInt32
    private let scale: Double
    private let bias: Double

    /// The model that ships with Bulwark (trained by `training/injection/train.py`).
    public static let bundled: InjectionModel = {
        guard let model = InjectionModel(encoded: InjectionModelWeights.base64) else {
            preconditionFailure("the bundled injection model weights are malformed")
        }
        return model
    }()

    /// Decodes a model from its base64 form; `nil` if the data is malformed.
    public init?(encoded: String) {
        guard let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count >= 16, bytes[0] == 0x42, bytes[1] == 0x49, bytes[2] == 0x4D, bytes[3] == 0x31 else {
            return nil
        }
        func u32(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        let buckets = Int(u32(4))
        guard buckets > 0, buckets <= 1 << 16, buckets & (buckets - 1) == 0, bytes.count == 16 + buckets else {
            return nil
        }
        let scale = Double(Float(bitPattern: u32(8)))
        let bias = Double(Float(bitPattern: u32(12)))
        guard scale.isFinite, bias.isFinite else { return nil }
        self.weights = bytes[16...].map { Int8(bitPattern: $0) }
        self.mask = UInt32(buckets - 1)
        self.scale = scale
        self.bias = bias
    }

    /// The model's log-odds that `buffer` is an attack.
    func logit(_ buffer: ScanBuffer) -> Double {
        var sum: Int32 = 0
        let count = weights.withUnsafeBufferPointer { w in
            FeatureHashing.forEachBucket(in: buffer, mask: mask) { sum &+= Int32(w[$0]) }
        }
        guard count > 0 else { return bias }
        return bias + scale * Double(sum) / Double(count).squareRoot()
    }

    /// The model's probability in 0…1 that `text` (already normalized) is an attack.
    public func probability(_ text: String) -> Double {
        let z = logit(ScanBuffer(text))
        return 1 / (1 + exp(-z))
    }
}
