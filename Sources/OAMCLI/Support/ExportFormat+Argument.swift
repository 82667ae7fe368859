import ArgumentParser
import OAMQuery

/// `oam export --format json|csv`.
extension ExportFormat: ExpressibleByArgument {}
