/// A read-only table copied once into storage that is never freed, for the scanner's `static let` lookup
/// tables (keyword buckets, lexicon slots).
///
/// Reading an element costs one load: no reference counting and no bounds check, unlike `Array`. Callers
/// index only inside the count they built the table with (the tables' own invariants guarantee it).
/// - Important: Build these only for tables that live for the whole process (`static let`); the storage is
///   deliberately leaked.
struct ImmortalTable<Element: BitwiseCopyable>: @unchecked Sendable {
    // @unchecked Sendable: the storage is written once in `init`, before the value is shared, and never
    // mutated or freed afterwards, so concurrent reads are safe.
    private let base: UnsafePointer<Element>
    /// The number of elements.
    let count: Int

    /// Copies `elements` into new, never-freed storage.
    init(_ elements: [Element]) {
        let storage = UnsafeMutablePointer<Element>.allocate(capacity: max(1, elements.count))
        elements.withUnsafeBufferPointer { src in
            for k in 0..<src.count { (storage + k).initialize(to: src[k]) }
        }
        base = UnsafePointer(storage)
        count = elements.count
    }

    /// The element at `k`; `k` must be in `0..<count`.
    @inline(__always) subscript(_ k: Int) -> Element { base[k] }
}
