import Foundation

/// Reading a static site the way a browser would: the links and resources of its pages, and
/// where each relative one leads.
enum SiteChecks {
    /// One `href` or `src` of a page: the element it is on, the attribute's value, and
    /// whether the element is a link to a source document (`<a … rel="noreferrer">`).
    struct Reference {
        var tag: String
        var value: String
        var isSourceLink: Bool
    }

    /// Every `href` and `src` of `html`, with the element it is on. Values are unescaped
    /// (`&amp;` → `&`), as the browser reads them. A scan over the bytes rather than a regex:
    /// the site is megabytes of HTML, and this runs in debug builds.
    static func references(_ html: String) -> [Reference] {
        let bytes = Array(html.utf8)
        var found: [Reference] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            let tag = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            index = end + 1
            let name = String(tag.prefix { $0.isLetter || $0.isNumber }).lowercased()
            guard !name.isEmpty else { continue }
            for attribute in [" href=\"", " src=\""] {
                var rest = tag[...]
                while let start = rest.range(of: attribute) {
                    let value = rest[start.upperBound...].prefix { $0 != "\"" }
                    found.append(
                        Reference(
                            tag: name, value: value.replacingOccurrences(of: "&amp;", with: "&"),
                            isSourceLink: name == "a" && tag.contains(" rel=\"noreferrer\"")))
                    rest = rest[value.endIndex...]
                }
            }
        }
        return found
    }

    /// The `id`s of the elements of `html` (unescaped as `references` unescapes).
    static func ids(_ html: String) -> Set<String> {
        var found: Set<String> = []
        var rest = html[...]
        while let start = rest.range(of: " id=\"") {
            let value = rest[start.upperBound...].prefix { $0 != "\"" }
            found.insert(value.replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[value.endIndex...]
        }
        return found
    }

    /// True when `value` names another host, a scheme (`http:`, `javascript:`, `data:`) or a
    /// path from the host's root: anything but a relative reference.
    static func isAbsolute(_ value: String) -> Bool {
        value.hasPrefix("/") || value.contains(#/^[a-zA-Z][a-zA-Z0-9+.-]*:/#)
    }

    /// The file (relative to the site's root) and fragment a relative `value` on the page at
    /// `page` leads to, or `nil` when it climbs out of the site.
    static func resolve(_ value: String, from page: String) -> (file: String, fragment: String?)? {
        let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = (String(parts[0]).removingPercentEncoding ?? String(parts[0]))
        let fragment = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : nil
        if path.isEmpty { return (page, fragment) }
        var segments = page.split(separator: "/").dropLast().map(String.init)
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            case ".", "": continue
            default: segments.append(String(segment))
            }
        }
        return (segments.joined(separator: "/"), fragment)
    }

    /// Every file under `root`, as paths relative to it.
    static func files(under root: String) -> Set<String> {
        var found: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                found.insert(path)
            }
        }
        return found
    }
}
