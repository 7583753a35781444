namespace ClaimExtractor.Cli.Running;

/// <summary>How a queue worker runs.</summary>
/// <param name="Name">Who holds a lease (host, process, a random part): shown in the queue table.</param>
/// <param name="BatchSize">How many sources one lease takes.</param>
/// <param name="Lease">How long a lease lasts without a heartbeat; a dead worker's batch is free again after it.</param>
/// <param name="MaxAttempts">How many leases a source gets before it is marked failed (it kills or hangs every worker).</param>
/// <param name="Poll">How long an idle worker waits before looking at the queue again.</param>
/// <param name="ExitWhenIdle">Stop once nothing is pending (leased or not) instead of waiting for more.</param>
/// <param name="Jobs">How many articles the NLP stage works on at once.</param>
public sealed record WorkerOptions(
    string Name, int BatchSize, TimeSpan Lease, int MaxAttempts, TimeSpan Poll, bool ExitWhenIdle, int Jobs);
