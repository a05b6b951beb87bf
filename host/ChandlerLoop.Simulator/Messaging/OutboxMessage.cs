namespace ChandlerLoop.Simulator.Messaging;

/// <summary>One encoded rig message waiting in the <see cref="RigOutbox"/>: its kind (which topic
/// and QoS) and its UTF-8 JSON payload.</summary>
public readonly record struct OutboxMessage(RigMessageKind Kind, byte[] Payload);
