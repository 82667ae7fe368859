import OAMCore

/// A training plan that fits: its device count, shape and memory per device.
struct TrainingChoice {
    var devices: Int
    var plan: ParallelPlan
    var memory: TrainingMemory
}

/// The search for the smallest device count whose plans hold the training state (and,
/// with a target duration, reach it).
extension TrainingSolver {
    /// The fewest devices (whole modules; beyond one node, whole nodes) with a plan that fits
    /// `usable` bytes per device, preferring the fewest model-parallel ranks; and the device
    /// count a target duration needs, when it raised the start of the search.
    func smallestPlan(usable: Double, flops: Double, mfu: Double, peak: Double?, stateBytes: Double)
        -> (found: TrainingChoice?, timeBound: Int?)
    {
        let enumerator = PlanEnumerator(
            architecture: profile.architecture, format: profile.format, domainDevices: chip.domainDevices)
        let maxDevices = InputBounds.product(max(maxModules, exactModules ?? 0), chip.devicesPerModule)
        var needed = InputBounds.product(exactModules ?? 1, chip.devicesPerModule)
        var timeBound: Int? = nil
        if exactModules == nil, let days = workload.days, let p = peak {
            let devices = InputBounds.ceil(flops / (p * mfu * days * 86_400), in: InputBounds.devices)
            timeBound = devices
            needed = max(needed, devices)
        }
        if exactModules == nil, workload.zeroStage >= 3 {
            needed = max(needed, InputBounds.ceil(stateBytes / usable, in: InputBounds.devices))
        }
        var found: TrainingChoice? = nil
        let unit = max(1, exactModules == nil && needed > chip.domainDevices ? chip.domainDevices : chip.devicesPerModule)
        needed = min(needed, maxDevices + 1)
        var n = InputBounds.product(needed / unit + (needed % unit == 0 ? 0 : 1), unit)
        while n <= maxDevices, found == nil {
            for plan in trainingPlans(enumerator, devices: n) {
                let memory = memoryFor(plan)
                guard memory.total <= usable else { continue }
                if found == nil || plan.modelParallelRanks < found!.plan.modelParallelRanks {
                    found = TrainingChoice(devices: n, plan: plan, memory: memory)
                }
            }
            if exactModules != nil { break }
            if found == nil { n = nextCount(after: n) }
        }
        return (found, timeBound)
    }

    /// Plans for training: TP inside the domain, PP over layers, the rest data parallel.
    func trainingPlans(_ enumerator: PlanEnumerator, devices n: Int) -> [ParallelPlan] {
        var plans: [ParallelPlan] = []
        for t in enumerator.tensorParallelDegrees where n % t == 0 {
            var pp = 1
            while pp <= profile.architecture.layers && t * pp <= n {
                if n % (t * pp) == 0 {
                    plans.append(ParallelPlan(tensorParallel: t, pipelineParallel: pp, replicas: n / (t * pp)))
                }
                pp += 1
            }
        }
        return plans
    }

    func memoryFor(_ plan: ParallelPlan) -> TrainingMemory {
        let a = profile.architecture
        let split = StageSplit(layers: a.layers, stages: plan.pipelineParallel)
        let shares = DeviceShares(
            profile, ParallelPlan(tensorParallel: plan.tensorParallel, pipelineParallel: plan.pipelineParallel))
        // Experts sharded over TP × EP, EP taken from the data-parallel ranks.
        var bytes = shares.stageWeights(0, split: split, architecture: a)
        if let moe = a.moe {
            let ep = gcd(moe.experts, plan.replicas)
            let (_, moeCount) = split.counts(0, in: a)
            bytes -= Double(moeCount) * profile.perExpertBytes * shares.expertsPerDevice
            bytes += Double(moeCount) * profile.moeLayer[.routedExperts] / Double(plan.tensorParallel * ep)
        }
        return TrainingMemory.evaluate(
            a, parameters: bytes / 2, plan: plan, workload: workload, stageLayers: split.ranges[0].count)
    }

    func nextCount(after n: Int) -> Int {
        let step = n < chip.domainDevices ? chip.devicesPerModule : chip.domainDevices
        return ((n / step) + 1) * step
    }

    func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

}
