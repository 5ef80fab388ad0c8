/// One detected sensitive value in a scanned text.
///
/// Offsets count Unicode scalars (code points) from the start of the text; `end` is exclusive.
/// - Important: A finding never carries the detected value itself, so it is safe to log or audit.
public struct Finding: Sendable, Hashable {
    /// What kind of data was found.
    public let type: EntityType
    /// Offset of the first scalar of the value.
    public let start: Int
    /// Offset one past the last scalar of the value.
    public let end: Int
    /// Confidence between 0 and 1.
    public let score: Double

    /// Creates a finding over the scalar range `start..<end`.
    public init(type: EntityType, start: Int, end: Int, score: Double) {
        self.type = type
        self.start = start
        self.end = end
        self.score = score
    }

    /// The number of scalars covered.
    public var length: Int { end - start }
}
