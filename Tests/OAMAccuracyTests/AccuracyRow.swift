/// One line of the accuracy table: a published result, the prediction and the relative error.
struct AccuracyRow {
    let result: PublishedResult
    let predicted: Double?
    /// Sequences in flight over all replicas of the predicted plan; `nil` without a prediction.
    let sequences: Int?
    let note: String

    /// predicted ÷ published − 1 (positive = the solver is optimistic); `nil` without a prediction.
    var error: Double? { predicted.map { $0 / result.published - 1 } }
}
