import Foundation
import Hummingbird
import OAMCore
import OAMQuery

/// A request's query string read as the CLI's long options: `name=value`, repeatable only
/// where the option is (`chip`), booleans as `name=true|false`. Every name must be one the
/// route knows, so a typo is a 400 with a suggestion rather than a silently ignored filter.
struct QueryParameters {
    let pairs: [(name: String, value: String)]
    /// The names the route reads; anything else is refused by `requireKnown`.
    private let known: [String]

    /// Reads the raw query as `application/x-www-form-urlencoded`: `+` is a space and
    /// `%2B` a plus, which a plain percent-decoding cannot tell apart.
    init(_ request: Request, known: [String]) throws(QueryError) {
        try self.init(encoded: request.uri.query ?? "", known: known)
    }

    /// Reads `application/x-www-form-urlencoded` text: a query string or a posted form's body.
    init(encoded: String, known: [String]) throws(QueryError) {
        var pairs: [(name: String, value: String)] = []
        for field in encoded.split(separator: "&") {
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decoded = parts.map { $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = decoded[0], let value = decoded.count > 1 ? decoded[1] : "" else {
                throw .invalidParameter(parameter: String(parts[0]), message: "'\(field)' is not valid percent-encoding")
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
        self.known = known
    }

    private init(pairs: [(name: String, value: String)], known: [String]) {
        self.pairs = pairs
        self.known = known
    }

    /// The parameters that have a value. An HTML form submits each empty text field as
    /// `name=`, which on a page means "not given" (the API refuses an empty value).
    var nonEmpty: QueryParameters {
        QueryParameters(pairs: pairs.filter { !$0.value.isEmpty }, known: known)
    }

    /// Refuses names the route does not read.
    func requireKnown() throws(QueryError) {
        for (name, _) in pairs where !known.contains(name) {
            let hint = Suggestions.didYouMean(name, in: known).map { "; \($0)" } ?? ""
            let list = known.isEmpty ? "this route takes no parameters" : "known: \(known.joined(separator: ", "))"
            throw .invalidParameter(parameter: name, message: "unknown parameter '\(name)' (\(list))\(hint)")
        }
    }

    /// Every value of a repeatable parameter, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The value of a parameter given at most once.
    func string(_ name: String) throws(QueryError) -> String? {
        let values = all(name)
        guard values.count <= 1 else {
            throw .invalidParameter(parameter: name, message: "--\(name) is given \(values.count) times; give it once")
        }
        return values.first
    }

    func int(_ name: String) throws(QueryError) -> Int? {
        guard let text = try string(name) else { return nil }
        guard let value = Int(text) else {
            throw .invalidParameter(parameter: name, message: "--\(name): '\(text)' is not a whole number")
        }
        return value
    }

    func double(_ name: String) throws(QueryError) -> Double? {
        guard let text = try string(name) else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw .invalidParameter(parameter: name, message: "--\(name): '\(text)' is not a finite number")
        }
        return value
    }

    /// A flag: absent or `false` is off, `true` is on.
    func bool(_ name: String) throws(QueryError) -> Bool {
        switch try string(name) {
        case nil, "false": return false
        case "true": return true
        case let text?:
            throw .invalidParameter(parameter: name, message: "--\(name): '\(text)' is not true or false")
        }
    }
}

extension QueryParameters {
    /// For routes that take no parameters: any is the API's 400.
    static func requireNone(_ request: Request) throws(APIError) {
        do {
            try QueryParameters(request, known: []).requireKnown()
        } catch {
            throw APIError(error)
        }
    }
}
