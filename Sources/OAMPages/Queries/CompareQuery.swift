import Foundation
import OAMCore
import OAMQuery
import OAMRegistry

/// `/compare?ids=a,b,c`: two to six modules by id, name or alias, resolved like every lookup.
public struct CompareQuery: Sendable, Equatable {
    public static let allowed = 2...6
    /// The parameter names the compare page reads.
    public static let parameterNames = ["ids"]
    public var names: [String]

    /// The names in `ids` (comma-separated, blanks dropped); empty when absent.
    public init(parameters: [(String, String)]) {
        let text = parameters.first { $0.0 == "ids" }?.1 ?? ""
        names = FieldList.elements(of: text)
    }

    /// The modules, in the order asked; throws when there are fewer than 2 or more than 6, or a
    /// name resolves to no single accelerator.
    public func resolve(_ registry: Registry) throws(QueryError) -> [AcceleratorDescriptor] {
        guard Self.allowed.contains(names.count) else {
            throw .invalidParameter(
                parameter: "ids", message: "ids must name 2 to 6 modules, separated by commas; got \(names.count)")
        }
        var modules: [AcceleratorDescriptor] = []
        for name in names { modules.append(try DescriptorLookup.accelerator(name, in: registry)) }
        return modules
    }
}
