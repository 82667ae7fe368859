// The adapter host: in-tree adapter registry, out-of-tree adapter processes, discovery.
