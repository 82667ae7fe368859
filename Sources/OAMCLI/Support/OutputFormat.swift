import ArgumentParser

/// `--format` of commands that print data.
enum DataFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
