/// Why a bundle file could not be read, for the bundle readers that stream a file
/// (`CSVBundleFile`, `JSONBundleFile`).
public enum BundleFileFailure: Error, Sendable {
    case cannotRead(FileReader.Failure)
    case notUTF8
    case invalid(ExportBundle.ReadError)
}
