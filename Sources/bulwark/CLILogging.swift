import BulwarkServer
import Logging

enum CLILogging {
    /// JSON lines on stderr at `LOG_LEVEL` (default info).
    static func bootstrap() -> Logger {
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label) }
        return Logger(label: "bulwark")
    }

    /// Commands other than `serve` only log problems.
    static func quiet() -> Logger {
        var logger = Logger(label: "bulwark", factory: { JSONLogHandler(label: $0) })
        logger.logLevel = .warning
        return logger
    }
}
