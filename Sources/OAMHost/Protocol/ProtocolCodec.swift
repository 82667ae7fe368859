import Foundation
import OAMAdapterAPI
import OAMRegistry

/// JSON encoding of protocol messages: sorted keys (stable output), no escaped slashes.
public enum ProtocolCodec {
    public static func encode(_ value: some Encodable, pretty: Bool = false) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        // Every protocol type encodes; a failure here is a programming error.
        return Array((try? encoder.encode(value)) ?? Data("{}".utf8))
    }

    /// Decodes a message after checking it is strict JSON (RFC 8259) without a key written
    /// twice in one object: `JSONDecoder` keeps the last of two equal keys, so an answer
    /// could say two things and be read as one.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Malformed.notUTF8 }
        do {
            _ = try JSONTextParser.parse(text)
        } catch {
            throw Malformed.notJSON(error)
        }
        return try JSONDecoder().decode(type, from: Data(bytes))
    }

    /// A message that is not strict JSON.
    public enum Malformed: Error, Sendable {
        case notUTF8
        case notJSON(JSONTextParser.Failure)
    }

    /// A decoding error in one line: what was expected where.
    public static func describe(_ error: Error) -> String {
        switch error {
        case Malformed.notUTF8:
            return "not valid JSON (not UTF-8 text)"
        case Malformed.notJSON(let failure):
            return "not valid JSON (\(failure))"
        case DecodingError.dataCorrupted(let context):
            return "not valid JSON (\(context.debugDescription)\(underlying(context)))"
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\(path(context.codingPath + [key]))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at '\(path(context.codingPath))': \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func underlying(_ context: DecodingError.Context) -> String {
        guard let error = context.underlyingError as NSError? else { return "" }
        return ": " + (error.userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription)
    }
}
