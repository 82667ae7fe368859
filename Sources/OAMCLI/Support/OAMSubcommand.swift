import ArgumentParser
import Foundation
import OAMQuery

/// A command that reports its outcome as one of the documented exit codes:
/// 0 clean, 1 findings, 2 could not run (argument-parser exits 64 on usage errors).
protocol OAMSubcommand: ParsableCommand {
    /// Does the work and returns the exit code.
    func execute() throws -> Int32
    /// True when the command prints JSON (`--format json`): a query that cannot be answered
    /// is then printed on standard output in the API's error shape (`ErrorDocument`), with
    /// the same exit code.
    var errorsAsJSON: Bool { get }
}

extension OAMSubcommand {
    var errorsAsJSON: Bool { false }

    func run() throws {
        let code: Int32
        do {
            code = try execute()
        } catch let error as CLIError {
            Output.error("error: \(error)")
            throw ExitCode(2)
        } catch let error as QueryError {
            if errorsAsJSON {
                Output.print(ErrorDocument(error).json.serialized(pretty: true))
            } else {
                Output.error("error: \(error)")
            }
            throw ExitCode(2)
        }
        if code != 0 { throw ExitCode(code) }
    }
}
