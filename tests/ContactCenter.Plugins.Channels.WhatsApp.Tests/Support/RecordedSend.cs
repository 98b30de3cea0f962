using System.Text.Json;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

/// <summary>One send the stand-in Graph API received.</summary>
internal sealed record RecordedSend(string Version, string PhoneNumberId, JsonElement Body, string AnsweredId);
