import OAMAdapterAPI

/// Something that answers protocol requests: an in-tree adapter called directly, or an
/// out-of-tree executable. The golden-example checker and discovery treat both alike.
public protocol AdapterEndpoint: Sendable {
    /// How the endpoint is named in reports: the adapter id or the executable path.
    var name: String { get }
    /// Sends one request; a misbehaving adapter is a `.failure` naming what went wrong.
    func send(_ request: AdapterRequest) -> Result<AdapterResponse, AdapterProblem>
}
