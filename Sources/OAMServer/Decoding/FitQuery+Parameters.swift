import Hummingbird
import OAMQuery

extension FitQuery {
    /// Query parameter names of `GET /api/v1/fit`: `oam fit`'s long options, plus `model`
    /// for its argument.
    static let parameterNames =
        [
            "model", "chip", "modules", "max-modules", "node-size", "strict-precision", "alternatives", "stack", "no-adapters",
            "explain", "assume",
        ] + ServingQuery.parameterNames + TrainingQuery.parameterNames

    /// Decodes and validates a fit question from a query string; `model` comes from the
    /// query (GET) or from the posted config's `id` (POST).
    init(parameters: QueryParameters, model: String?) throws(QueryError) {
        try parameters.requireKnown()
        let named = try parameters.string("model")
        guard let model = model ?? named, !model.isEmpty else {
            throw .invalidParameter(parameter: "model", message: "model is required: a registry id or alias")
        }
        let serving = ServingQuery(
            inputTokens: try parameters.string("input-tokens"), outputTokens: try parameters.string("output-tokens"),
            context: try parameters.string("context"), batch: try parameters.string("batch"),
            maxSequences: try parameters.int("max-sequences"), weights: try parameters.string("weights"),
            kv: try parameters.string("kv"), memoryUtilization: try parameters.double("memory-utilization"),
            maxTTFT: try parameters.string("max-ttft"),
            minTokensPerSecondPerUser: try parameters.double("min-tokens-per-second-per-user"),
            maxTPOT: try parameters.string("max-tpot"), scenario: try parameters.string("scenario"),
            objective: try parameters.string("objective"))
        let training = TrainingQuery(
            train: try parameters.bool("train"), tokens: try parameters.string("tokens"), days: try parameters.double("days"),
            optimizer: try parameters.string("optimizer"), zero: try parameters.int("zero"),
            recompute: try parameters.string("recompute"), mixedPrecision: try parameters.string("mixed-precision"),
            mfu: try parameters.double("mfu"), sequenceLength: try parameters.string("sequence-length"),
            microBatch: try parameters.int("micro-batch"))
        self.init(
            model: model, serving: serving, training: training, chips: parameters.all("chip"),
            modules: try parameters.int("modules"), maxModules: try parameters.int("max-modules"),
            nodeSize: try parameters.int("node-size"), strictPrecision: try parameters.bool("strict-precision"),
            alternatives: try parameters.int("alternatives") ?? 0, stack: try parameters.string("stack"),
            noAdapters: try parameters.bool("no-adapters"), explain: try parameters.bool("explain"),
            assumptions: parameters.all("assume"))
        try validate()
    }
}
