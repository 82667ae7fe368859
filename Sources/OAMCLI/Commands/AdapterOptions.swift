import ArgumentParser
import OAMHost

/// Options shared by commands that run out-of-tree adapters: where to look and how long
/// and how much to let them run.
struct AdapterOptions: ParsableArguments {
    @Option(
        name: .customLong("adapter-path"),
        help: ArgumentHelp("A folder searched for oam-adapter-<vendor> executables before PATH (repeatable).", valueName: "dir"))
    var adapterPaths: [String] = []

    @Option(
        name: .customLong("adapter-timeout"),
        help: ArgumentHelp("Seconds an out-of-tree adapter may run before it is killed.", valueName: "seconds"))
    var adapterTimeout: Double = 5

    @Option(
        name: .customLong("adapter-output-limit"),
        help: ArgumentHelp("Bytes of standard output accepted from an out-of-tree adapter.", valueName: "bytes"))
    var adapterOutputLimit: Int = 1 << 20

    func validate() throws {
        guard adapterTimeout > 0, adapterTimeout <= 3600 else {
            throw ValidationError("--adapter-timeout must be between 0 and 3600 seconds")
        }
        guard adapterOutputLimit >= 1024 else { throw ValidationError("--adapter-output-limit must be at least 1024 bytes") }
    }

    var limits: BoundedProcess.Limits {
        BoundedProcess.Limits(timeout: adapterTimeout, stdoutLimit: adapterOutputLimit)
    }

    var locator: ExecutableLocator {
        ExecutableLocator(adapterPaths: adapterPaths)
    }
}
