/// Text formats with a fixed shape, each checked by one rule.
public enum ScalarFormat: String, Sendable, Hashable, CaseIterable {
    /// Lowercase kebab-case word: `amd`, `moore-threads`, `rocm-specs`.
    case kebab
    /// `owner/name`, each part lowercase kebab-case (dots allowed in the name: `qwen2.5-7b`).
    case qualifiedID
    /// A module-spec id: lowercase kebab-case with dots, `ocp-oam-1.5`.
    case specID
    /// `vvvv:dddd` lowercase hex.
    case pciID
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case date
    /// An absolute `http` or `https` URL.
    case url
    /// `pcie-<gen>-x<lanes>`.
    case hostInterface

    /// The rule that reports a value of this format that does not parse.
    public var ruleID: String {
        switch self {
        case .kebab, .qualifiedID, .specID: return "id-format"
        case .pciID: return "pci-id-format"
        case .date: return "date-format"
        case .url: return "source-url"
        case .hostInterface: return "host-interface-format"
        }
    }

    /// What the format looks like, for messages and the JSON Schema description.
    public var expectation: String {
        switch self {
        case .kebab: return "lowercase kebab-case such as 'moore-threads'"
        case .qualifiedID: return "'owner/name' in lowercase kebab-case such as 'amd/mi300x'"
        case .specID: return "lowercase kebab-case with a version such as 'ocp-oam-1.5'"
        case .pciID: return "'vendor:device' in four-digit lowercase hex such as '1002:74a1'"
        case .date: return "a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'"
        case .url: return "an absolute http(s) URL"
        case .hostInterface: return "'pcie-<generation>-x<lanes>' such as 'pcie-5.0-x16'"
        }
    }

    /// A regular expression equivalent to `matches`, for the JSON Schema.
    public var pattern: String {
        switch self {
        case .kebab: return "^[a-z0-9]+(-[a-z0-9]+)*$"
        case .qualifiedID: return "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+([.-][a-z0-9]+)*$"
        case .specID: return "^[a-z0-9]+([.-][a-z0-9]+)*$"
        case .pciID: return "^[0-9a-f]{4}:[0-9a-f]{4}$"
        case .date:
            // Years 1900–2200; days per month as `PartialDate` counts them (29 in February).
            let long = "(0[13578]|1[02])(-(0[1-9]|[12][0-9]|3[01]))?"
            let short = "(0[469]|11)(-(0[1-9]|[12][0-9]|30))?"
            let february = "02(-(0[1-9]|[12][0-9]))?"
            return "^(19[0-9]{2}|2[01][0-9]{2}|2200)(-(\(long)|\(short)|\(february)))?$"
        case .url:
            // `isURL`: a dotted host of letters, digits, `-`, `:` or non-ASCII, not starting or
            // ending with a dot, then anything but spaces, tabs and line breaks.
            let host = #"(?:[A-Za-z0-9:-]|[^\x00-\x7F])"#
            let hostOrDot = #"(?:[A-Za-z0-9.:-]|[^\x00-\x7F])"#
            return #"^https?://(?=[^/]*\.)"# + host + "(?:" + hostOrDot + "*" + host + ")?" + #"(?:/[^ \t\n]*)?$"#
        case .hostInterface: return "^pcie-[1-7]\\.[0-9]-x(1|2|4|8|16)$"
        }
    }

    /// True when `text` has this format. The kebab, id and URL formats are checked on the
    /// UTF-8 bytes in place: they run for several values of every file, and each accepted
    /// byte is ASCII (or, in a URL host, any non-ASCII byte), so bytes decide exactly what
    /// characters did.
    public func matches(_ text: String) -> Bool {
        switch self {
        case .kebab: return Self.withBytes(of: text) { Self.isKebab($0[...], allowDots: false) }
        case .qualifiedID:
            return Self.withBytes(of: text) { bytes in
                guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return false }
                let product = bytes[(slash + 1)...]
                return !product.contains(UInt8(ascii: "/")) && Self.isKebab(bytes[..<slash], allowDots: false)
                    && Self.isKebab(product, allowDots: true)
            }
        case .specID: return Self.withBytes(of: text) { Self.isKebab($0[...], allowDots: true) }
        case .pciID: return PCIID(text) != nil
        case .date: return PartialDate(text) != nil
        case .url: return Self.withBytes(of: text, Self.isURL)
        case .hostInterface: return HostInterface(text) != nil
        }
    }

    /// Runs `body` on the UTF-8 bytes of `text`, in place when the string is stored
    /// contiguously (native strings are).
    private static func withBytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Lower-case words of letters and digits joined by single `-` (or `.` with
    /// `allowDots`), neither first nor last.
    private static func isKebab(_ text: Slice<UnsafeBufferPointer<UInt8>>, allowDots: Bool) -> Bool {
        guard let first = text.first, let last = text.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-"),
            first != UInt8(ascii: "."), last != UInt8(ascii: ".")
        else {
            return false
        }
        var previousSeparator = false
        for c in text {
            let isSeparator = c == UInt8(ascii: "-") || (allowDots && c == UInt8(ascii: "."))
            let isWordChar =
                (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
            if isSeparator {
                if previousSeparator { return false }
            } else if !isWordChar {
                return false
            }
            previousSeparator = isSeparator
        }
        return true
    }

    /// `http(s)://host[/…]` with a dotted host of letters, digits, `-`, `.` or `:port`,
    /// and no whitespace. Byte-level: it runs for every source of every file.
    private static func isURL(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let hostStart: Int
        if utf8.starts(with: "https://".utf8) {
            hostStart = 8
        } else if utf8.starts(with: "http://".utf8) {
            hostStart = 7
        } else {
            return false
        }
        if utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }) {
            return false
        }
        let hostEnd = utf8[hostStart...].firstIndex(of: UInt8(ascii: "/")) ?? utf8.count
        let host = utf8[hostStart..<hostEnd]
        guard let first = host.first, let last = host.last, first != UInt8(ascii: "."), last != UInt8(ascii: "."),
            host.contains(UInt8(ascii: "."))
        else { return false }
        return host.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ":") || byte >= 0x80
        }
    }
}
