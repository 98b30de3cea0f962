namespace ContactCenter.Benchmarks.Messaging;

/// <summary>A WhatsApp customer of the benchmark, their conversation and the agent who took it.</summary>
internal sealed record Customer(string WaId, string ConversationId, string AgentId);
