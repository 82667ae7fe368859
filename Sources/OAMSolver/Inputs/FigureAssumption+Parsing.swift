import OAMCore

extension FigureAssumption {
    /// Reads every `--assume` value (each a comma-separated list) into assumptions, refusing
    /// a figure assumed twice: the error names the value and the column of the fault.
    public static func parse(_ values: [String]) throws(FigureAssumptionError) -> [FigureAssumption] {
        var parsed: [FigureAssumption] = []
        for value in values {
            for (assumption, column) in try list(value) {
                if let earlier = parsed.first(where: { $0.figure == assumption.figure }) {
                    throw FigureAssumptionError(
                        value, column: column,
                        "\(assumption.figure.path) is already assumed by '\(earlier.text)'; assume each figure once")
                }
                parsed.append(assumption)
            }
        }
        return parsed
    }

    /// One `--assume` value: its assumptions with the column each starts at.
    static func list(_ value: String) throws(FigureAssumptionError) -> [(FigureAssumption, Int)] {
        let characters = Array(value)
        var items: [(FigureAssumption, Int)] = []
        var start = 0
        for end in 0...characters.count where end == characters.count || characters[end] == "," {
            var reader = Reader(value: value, characters: characters, start: start, end: end)
            items.append((try reader.assumption(), reader.start + 1))
            start = end + 1
        }
        return items
    }

    /// Reads one assumption from `characters[start..<end]`, reporting columns in `value`.
    struct Reader {
        let value: String
        let characters: [Character]
        var start: Int
        var end: Int

        init(value: String, characters: [Character], start: Int, end: Int) {
            self.value = value
            self.characters = characters
            (self.start, self.end) = Self.trimmed(characters, start, end)
        }

        static let expected = "expected FIGURE=VALUE, e.g. int8=2x:fp16, fp8=1000 TFLOPS or bandwidth=1.6 TB/s"

        func fail(at index: Int, _ message: String) -> FigureAssumptionError {
            FigureAssumptionError(Self.clipped(value), column: index + 1, message)
        }

        func assumption() throws(FigureAssumptionError) -> FigureAssumption {
            guard start < end else { throw fail(at: start, "an empty assumption; " + Self.expected) }
            guard let equals = characters[start..<end].firstIndex(of: "=") else { throw fail(at: start, Self.expected) }
            let (nameStart, nameEnd) = Self.trimmed(characters, start, equals)
            guard nameStart < nameEnd else { throw fail(at: start, "no figure name before '='; " + Self.expected) }
            let name = String(characters[nameStart..<nameEnd])
            guard let figure = Figure(named: name) else {
                let candidates = Figure.all.map(\.name) + Figure.all.map(\.path)
                let hint = Suggestions.didYouMean(name, in: candidates).map { " \($0)" } ?? ""
                throw fail(
                    at: nameStart,
                    "'\(name)' is not a figure --assume fills;\(hint) (figures: \(Figure.all.map(\.name).joined(separator: ", ")), or their descriptor paths such as peak_dense.int8)"
                )
            }
            let (valueStart, valueEnd) = Self.trimmed(characters, equals + 1, end)
            guard valueStart < valueEnd else {
                throw fail(at: equals + 1, "no value after '='; write \(Self.forms(figure))")
            }
            let text = String(characters[start..<end])
            return FigureAssumption(figure: figure, amount: try amount(of: figure, from: valueStart, to: valueEnd), text: text)
        }

        /// A ratio `FACTORx:PRECISION` (peaks only) or a quantity in the figure's units.
        func amount(of figure: Figure, from valueStart: Int, to valueEnd: Int) throws(FigureAssumptionError) -> Amount {
            let valueText = String(characters[valueStart..<valueEnd])
            let marker = (valueStart..<valueEnd).first { i in
                (characters[i] == "x" || characters[i] == "X") && i + 1 < valueEnd && characters[i + 1] == ":"
            }
            let bareFactor =
                valueText.lowercased().hasSuffix("x") && Self.factor(String(valueText.dropLast()).trimmed) != nil
            guard let marker else {
                if bareFactor, case .peak = figure {
                    throw fail(at: valueStart, "a ratio names the peak it is a multiple of: FACTORx:PRECISION, e.g. 2x:fp16")
                }
                return .absolute(try quantity(of: figure, valueText, at: valueStart))
            }
            guard case .peak(let precision) = figure else {
                throw fail(
                    at: valueStart, "only a peak can be a ratio of another peak; \(figure.name) takes \(Self.forms(figure))")
            }
            let factorText = String(characters[valueStart..<marker]).trimmed
            guard let factor = Self.factor(factorText) else {
                throw fail(
                    at: valueStart, "'\(factorText)' is not a positive number; a ratio is FACTORx:PRECISION, e.g. 2x:fp16")
            }
            let (baseStart, baseEnd) = Self.trimmed(characters, marker + 2, valueEnd)
            let baseName = String(characters[baseStart..<baseEnd]).lowercased()
            guard let base = Precision(rawValue: baseName) else {
                let names = Precision.allCases.map(\.rawValue)
                let hint = Suggestions.didYouMean(baseName, in: names).map { " \($0)" } ?? ""
                throw fail(
                    at: baseStart,
                    "'\(baseName)' is not a precision;\(hint) (precisions: \(names.joined(separator: ", ")))")
            }
            guard base != precision else {
                throw fail(at: baseStart, "a ratio takes another precision's peak than \(precision.rawValue)'s own")
            }
            return .ratio(factor, of: base)
        }

        /// A positive quantity in the figure's dimension, in its SI base unit.
        func quantity(of figure: Figure, _ text: String, at index: Int) throws(FigureAssumptionError) -> Double {
            switch QuantityParser.parse(text, expecting: [figure.dimension]) {
            case .failure(let failure):
                throw fail(at: index, "\(failure.message) (\(figure.name) takes \(Self.forms(figure)))")
            case .success(let quantity):
                guard quantity.value > 0 else { throw fail(at: index, "\(figure.path) must be above zero") }
                guard PhysicalLimits.isPossible(quantity.value, figure.dimension) else {
                    throw fail(
                        at: index,
                        "\(quantity.text) is more than any module's \(figure.path) can be (at most \(PhysicalLimits.maximumText(of: figure.dimension)))"
                    )
                }
                return quantity.value
            }
        }

        /// The forms a figure's value takes, for messages.
        static func forms(_ figure: Figure) -> String {
            let units = QuantityUnit.commonSymbols(of: figure.dimension).joined(separator: ", ")
            guard case .peak = figure else { return "NUMBER UNIT per module (\(units))" }
            return "NUMBER UNIT per module (\(units)) or FACTORx:PRECISION"
        }

        /// A ratio's factor: decimal digits with at most one point (no sign, exponent, `inf`
        /// or hexadecimal), above zero and finite.
        static func factor(_ text: String) -> Double? {
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                text.filter({ $0 == "." }).count <= 1, text.contains(where: \.isNumber), let value = Double(text),
                value.isFinite, value > 0
            else { return nil }
            return value
        }

        /// `start..<end` without the spaces at either side.
        static func trimmed(_ characters: [Character], _ start: Int, _ end: Int) -> (Int, Int) {
            var (s, e) = (start, end)
            while s < e, characters[s] == " " { s += 1 }
            while e > s, characters[e - 1] == " " { e -= 1 }
            return (s, e)
        }

        /// The value as messages quote it: at most 80 characters.
        static func clipped(_ value: String) -> String {
            value.count <= 80 ? value : String(value.prefix(80)) + "…"
        }
    }
}

extension String {
    /// Without spaces at either side.
    fileprivate var trimmed: String {
        let characters = Array(self)
        let (start, end) = FigureAssumption.Reader.trimmed(characters, 0, characters.count)
        return String(characters[start..<end])
    }
}
