namespace ContactCenter.Plugins.Channels.WhatsApp.Graph;

/// <summary>What the Graph API answered: the id it gave (message or media id), or why it refused (safe to show an agent).</summary>
internal sealed record GraphResult(string? Id, string? Error)
{
    public bool Succeeded => Id is not null;
}
