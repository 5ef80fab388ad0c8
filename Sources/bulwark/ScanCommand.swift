import ArgumentParser
import BulwarkCore
import BulwarkServer
import BulwarkShield
import Foundation

/// `bulwark scan`: the detectors for people and pipelines, without a server.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find personal data, secrets and injection attempts in files or standard input.",
        discussion: """
            With --jsonl, reads JSON lines {"id","text"} on stdin and writes one line per input, flushed at once:
            {"id", "spans": [{"start","end","type","score"}], "score", "flagged", "reasons"} — span offsets in Unicode
            scalars, end exclusive; score/flagged/reasons are the injection verdict.
            """
    )

    @Argument(help: "Files to scan (default: standard input).") var files: [String] = []
    @Flag(help: "Read and write JSON lines (for pipelines and evaluations).") var jsonl = false
    @Flag(help: "Print the text with the policy's actions applied instead of a findings table.") var redact = false
    @Option(help: "Policy file whose data_protection and injection settings apply.") var policy: String?
    @Option(help: "Apply this role's overrides from the policy.") var role: String?

    func run() throws {
        let loaded = try loadPolicy()
        let roleName = RoleName(role ?? "")
        let redactor = PolicyLoader.promptRedactor(loaded, role: roleName)
        let threshold = loaded.injectionPolicy(for: roleName).threshold ?? InjectionDetector.defaultThreshold
        let scanner = PIIScanner()
        let detector = InjectionDetector()
        if jsonl {
            try ScanJSONL.run(scanner: scanner, detector: detector, threshold: threshold)
            return
        }
        let inputs: [(String, String)] =
            try files.isEmpty
            ? [("<stdin>", String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))]
            : files.map { path in
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CLIError("cannot read \(path)")
                }
                return (path, String(decoding: data, as: UTF8.self))
            }
        var anyBlocked = false
        for (name, text) in inputs {
            if redact {
                var table = PseudonymTable()
                let result = redactor.scanAndRedact(text, scanner: scanner, pseudonyms: &table)
                // Blocked values are masked in the output too: printing them would defeat the scan.
                let masking = Redactor(
                    actions: Dictionary(uniqueKeysWithValues: result.blockedTypes.map { ($0, .mask) }),
                    default: .allow
                )
                var unused = PseudonymTable()
                let shown =
                    result.blockedTypes.isEmpty
                    ? result.text
                    : masking.scanAndRedact(result.text, scanner: scanner, pseudonyms: &unused).text
                print(shown, terminator: text.hasSuffix("\n") ? "" : "\n")
                anyBlocked = anyBlocked || result.isBlocked
                continue
            }
            let findings = scanner.scan(text)
            let verdict = detector.assess(text)
            ScanTable.print(
                name: name,
                text: text,
                findings: findings,
                redactor: redactor,
                verdict: verdict,
                threshold: threshold
            )
            anyBlocked = anyBlocked || findings.contains { redactor.action(for: $0.type) == .block }
        }
        if anyBlocked { throw ExitCode(2) }
    }

    private func loadPolicy() throws -> Policy {
        guard let policy else { return Policy(providers: [], models: [], roles: []) }
        guard let data = FileManager.default.contents(atPath: policy) else {
            throw CLIError("cannot read policy file \(policy)")
        }
        do {
            return try PolicyLoader.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw CLIError("policy file \(policy) is invalid:\n\(error.description)")
        }
    }
}

/// The JSON-lines contract of `../shared/evals/` (PII spans and the injection verdict on one line).
///
/// Lines are read with the strict parser and written by hand: Foundation's `JSONSerialization` (bridging every
/// value through `Any`) took about two thirds of the command's time, more than both detectors.
enum ScanJSONL {
    static func run(scanner: PIIScanner, detector: InjectionDetector, threshold: Double) throws {
        let out = FileHandle.standardOutput
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            let bytes = Array(line.utf8)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let expected = "line \(lineNumber): expected a JSON object with a string \"text\" (and an \"id\")"
            let document: JSONDocument
            do {
                document = try JSONDocument(parsing: bytes)
            } catch {
                throw CLIError("\(expected); \(error)")
            }
            guard let text = document.root["text"]?.string else { throw CLIError(expected) }
            var reply = answer(
                id: document.root["id"].map { bytes[$0.byteRange] } ?? ArraySlice("null".utf8),
                findings: scanner.scan(text),
                verdict: detector.assess(text),
                threshold: threshold
            )
            reply += "\n"
            out.write(Data(reply.utf8))
        }
    }

    /// One answer line (without its line break): the id as given, the spans, the injection verdict.
    static func answer(
        id: ArraySlice<UInt8>,
        findings: [Finding],
        verdict: InjectionVerdict,
        threshold: Double
    ) -> String {
        var json = #"{"id":"#
        json += String(decoding: id, as: UTF8.self)
        json += #","spans":["#
        for (i, finding) in findings.enumerated() {
            if i > 0 { json += "," }
            json += #"{"start":\#(finding.start),"end":\#(finding.end),"type":"\#(finding.type.rawValue)","#
            json += #""score":\#(finding.score)}"#
        }
        json += #"],"score":\#(verdict.score),"flagged":\#(verdict.isFlagged(threshold: threshold)),"reasons":["#
        for (i, reason) in verdict.reasons.enumerated() {
            if i > 0 { json += "," }
            JSONString.append(reason, to: &json)
        }
        json += "]"
        if case let .notRun(reason) = verdict.status {
            json += #","injection_check":"#
            JSONString.append("not run: \(reason)", to: &json)
        }
        json += "}"
        return json
    }
}

/// The human-readable findings table. Values are never printed whole.
enum ScanTable {
    static func print(
        name: String,
        text: String,
        findings: [Finding],
        redactor: Redactor,
        verdict: InjectionVerdict,
        threshold: Double
    ) {
        let scalars = Array(text.unicodeScalars)
        Swift.print("\(name): \(findings.count) finding(s)")
        if !findings.isEmpty { Swift.print("  LINE:COL  TYPE             ACTION        SCORE  PREVIEW") }
        for finding in findings {
            let before = scalars[..<finding.start]
            let line = before.filter { $0 == "\n" }.count + 1
            let column = finding.start - (before.lastIndex(of: "\n").map { $0 + 1 } ?? 0) + 1
            let value = String(String.UnicodeScalarView(scalars[finding.start..<finding.end]))
            let preview =
                value.count <= 4
                ? String(repeating: "*", count: value.count) : "\(value.prefix(2))…(\(value.count) chars)"
            let location = "\(line):\(column)".padding(toLength: 9, withPad: " ", startingAt: 0)
            Swift.print(
                "  \(location) \(finding.type.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) "
                    + "\(redactor.action(for: finding.type).rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) "
                    + String(format: "%.2f", finding.score) + "   " + preview
            )
        }
        let flagged = verdict.isFlagged(threshold: threshold)
        let status = verdict.status.ran ? "" : " (check not run)"
        Swift.print(
            "  injection: score \(String(format: "%.2f", verdict.score))\(flagged ? " FLAGGED" : "")\(status)"
                + (verdict.reasons.isEmpty ? "" : " — " + verdict.reasons.prefix(5).joined(separator: ", "))
        )
    }
}
