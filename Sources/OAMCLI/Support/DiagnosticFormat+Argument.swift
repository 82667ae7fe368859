import ArgumentParser
import OAMQuery

/// `oam validate --format text|json|github|sarif`.
extension DiagnosticFormat: ExpressibleByArgument {}
