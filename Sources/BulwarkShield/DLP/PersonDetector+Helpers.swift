/// Small helpers of the person detector.
extension PersonDetector {
    /// Whether a typographic double quotation mark (`„` `“` `”` `«` `»`) ends right before `i`: the word at `i` opens a
    /// quotation (`„Hallo Halina, …`), though the mark's bytes are no ASCII.
    static func afterQuotationMark(_ t: ScanText, _ i: Int) -> Bool {
        let b = t.at(i - 1)
        if t.at(i - 2) == 0xC2 { return b == 0xAB || b == 0xBB }
        return t.at(i - 3) == 0xE2 && t.at(i - 2) == 0x80 && (b == 0x9C || b == 0x9D || b == 0x9E)
    }

    /// A person's candidate of the usual priority.
    func person(_ s: Int, _ e: Int, _ score: Double) -> Candidate {
        Candidate(.person, s, e, score: score, priority: 30)
    }
}
