// The solver: pure functions from (model, workload, capability reports) to ranked plans.
