/// A rule whose findings depend on where a file sits in the registry (its path), not on its
/// content alone. A descriptor checked without a path (`POST /api/v1/validate` without
/// `?path=`) skips these rules, and the answer names them, instead of judging a made-up path.
public protocol LocationRule: Rule {}
