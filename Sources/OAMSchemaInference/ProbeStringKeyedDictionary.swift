/// `[String: Value]`, which decodes through a keyed container whose keys the probe cannot
/// know: probed as an object of `Value`s.
protocol ProbeStringKeyedDictionary {
    static var probeValueType: any Decodable.Type { get }
    static var probeEmpty: Any { get }
}

extension Dictionary: ProbeStringKeyedDictionary where Key == String, Value: Decodable {
    static var probeValueType: any Decodable.Type { Value.self }
    static var probeEmpty: Any { [String: Value]() }
}
