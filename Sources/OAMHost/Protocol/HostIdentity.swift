/// How the host names itself in requests (`"host": "oam 0.1.0"`).
public enum HostIdentity {
    public static let name = "oam"
    public static let version = "0.1.0"
    public static var description: String { "\(name) \(version)" }
}
