import OAMCore

/// Serving (the default) or training.
public enum Workload: Sendable, Hashable {
    case serving(ServingWorkload)
    case training(TrainingWorkload)
}
