/// A detection in byte offsets, before overlaps are resolved and offsets converted.
struct Candidate {
    var type: EntityType
    var start: Int
    var end: Int
    var score: Double
    /// Higher wins when candidates overlap.
    var priority: Int

    init(_ type: EntityType, _ start: Int, _ end: Int, score: Double, priority: Int) {
        self.type = type
        self.start = start
        self.end = end
        self.score = score
        self.priority = priority
    }
}
