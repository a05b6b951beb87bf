// Each test runs a broker, a rig at 600× and the host: one at a time, so they do not starve each other of CPU.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
