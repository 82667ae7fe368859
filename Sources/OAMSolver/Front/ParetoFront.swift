/// The module counts a buyer can deploy and the Pareto front over them.
///
/// A server holds 1, 2, 4, 8 … modules inside its scale-up domain, then whole nodes. A
/// workload that one node holds gets the counts up to that node; one that needs more gets
/// whole nodes doubling up to twice its smallest count. So the front stays a handful of
/// entries and costs a few plan searches however large `--max-modules` is (larger
/// deployments are asked for with `--modules`). An entry is on the
/// front when no other entry has as few modules, as much throughput per module and as short a
/// time per output token, and is better in one of them.
public enum ParetoFront {
    /// The counts the front evaluates: `smallest` (the fewest modules that hold the workload,
    /// which need not be a power of two), then every power of two above it inside the domain
    /// of `domainModules` and the whole domain; past one node (when `smallest` is) whole nodes
    /// doubling up to twice `smallest`; never more than `maxModules`.
    public static func counts(smallest: Int, domainModules: Int, maxModules: Int) -> [Int] {
        let domain = max(1, domainModules)
        let maxModules = min(maxModules, smallest > domain ? 2 * smallest : domain)
        var counts = [smallest]
        var power = 1
        while power < domain {
            if power > smallest, power <= maxModules { counts.append(power) }
            power *= 2
        }
        var nodes = domain
        while nodes <= maxModules {
            if nodes > smallest { counts.append(nodes) }
            guard nodes <= maxModules / 2 else { break }
            nodes *= 2
        }
        return counts
    }

    /// The entries no other entry dominates, by module count ascending.
    public static func front(_ entries: [FrontEntry]) -> [FrontEntry] {
        let sorted = entries.sorted { $0.modules < $1.modules }
        return sorted.filter { candidate in !sorted.contains { dominates($0, candidate) } }
    }

    /// True when `a` is at least as good as `b` on modules (fewer), throughput per module
    /// (more) and time per output token (shorter), and better on one. An entry whose speed is
    /// unknown is dominated by any entry with fewer modules, and dominates none with more
    /// modules except another of unknown speed.
    public static func dominates(_ a: FrontEntry, _ b: FrontEntry) -> Bool {
        guard a.modules <= b.modules else { return false }
        guard let bRate = b.throughputPerModule, let bTPOT = b.timePerOutputToken else { return a.modules < b.modules }
        guard let aRate = a.throughputPerModule, let aTPOT = a.timePerOutputToken else { return false }
        let rate = compare(aRate, bRate)
        let tpot = compare(bTPOT, aTPOT)
        guard rate >= 0, tpot >= 0 else { return false }
        return a.modules < b.modules || rate > 0 || tpot > 0
    }

    /// The entry `objective` picks: the fewest modules; the most throughput per module; the
    /// shortest time per output token (then first token). Ties go to fewer modules. Without
    /// any speed, every objective picks the fewest modules.
    public static func choose(_ objective: PlanObjective, in front: [FrontEntry]) -> FrontEntry? {
        let sorted = front.sorted { $0.modules < $1.modules }
        let known = sorted.filter { $0.best.speed != nil }
        switch objective {
        case .minModules:
            return sorted.first
        case .throughputPerModule:
            return known.reduce(nil) { best, entry in
                guard let best else { return entry }
                return compare(entry.throughputPerModule!, best.throughputPerModule!) > 0 ? entry : best
            } ?? sorted.first
        case .latency:
            return known.reduce(nil) { best, entry in
                guard let best else { return entry }
                let tpot = compare(best.timePerOutputToken!, entry.timePerOutputToken!)
                if tpot != 0 { return tpot > 0 ? entry : best }
                return compare(best.timeToFirstToken!, entry.timeToFirstToken!) > 0 ? entry : best
            } ?? sorted.first
        }
    }

    /// +1 when `a` > `b`, −1 when `a` < `b`, 0 within a relative 1e-9 (the same
    /// arithmetic summed in another order is a tie, not a win).
    static func compare(_ a: Double, _ b: Double) -> Int {
        if abs(a - b) <= 1e-9 * max(abs(a), abs(b)) { return 0 }
        return a > b ? 1 : -1
    }
}
