import OAMCore
import OAMSolver

/// `Accuracy/other-results.tsv`: vendor, framework and paper results with stated batch and
/// lengths. `batch` is either a fixed concurrency or `max:N` (the engine ran what the KV
/// cache holds, at most N).
enum OtherResults {
    static func all() throws -> [PublishedResult] {
        try TSVTable(named: "other-results.tsv").rows.map { row in
            let weightsName = try row.value("weights")
            guard let weights = WeightFormat.named(weightsName) else {
                throw ManifestError(file: row.file, line: row.line, message: "unknown weight format '\(weightsName)'")
            }
            let kvName = try row.value("kv")
            guard let kv = Precision(rawValue: kvName) else {
                throw ManifestError(file: row.file, line: row.line, message: "unknown KV precision '\(kvName)'")
            }
            var workload = ServingWorkload(
                inputTokens: try row.integer("input_tokens"), outputTokens: try row.integer("output_tokens"), weights: weights,
                kvPrecision: kv)
            let batch = try row.value("batch")
            if batch.hasPrefix("max:") {
                guard let cap = Int(batch.dropFirst(4)) else {
                    throw ManifestError(file: row.file, line: row.line, message: "batch '\(batch)' is not max:N")
                }
                workload.maximizeBatch = true
                workload.maxBatchPerReplica = cap
            } else {
                workload.batch = try row.integer("batch")
            }
            return PublishedResult(
                kind: .other, label: try row.value("label"), module: try row.value("module"), modules: try row.integer("modules"),
                model: try row.value("model"), stack: nil, workload: workload,
                published: try row.number("published_output_tokens_per_second"), source: try row.value("source"))
        }
    }
}
