using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Services;

/// <summary>Options of the agent shell (<c>CC:Shell</c>): the canned responses and the disposition codes offered at wrap-up.</summary>
public sealed class ShellOptions
{
    public const string Section = "CC:Shell";

    /// <summary>Canned responses in both languages; the agent's language picks the text.</summary>
    public List<CannedResponse> CannedResponses { get; init; } =
    [
        new() { Id = "greeting", En = "Hello, thank you for contacting us. How can I help you?", Es = "Hola, gracias por contactarnos. ¿En qué puedo ayudarte?" },
        new() { Id = "one-moment", En = "One moment please, I am checking that for you.", Es = "Un momento por favor, lo estoy revisando." },
        new() { Id = "goodbye", En = "Thank you for your time. Have a nice day!", Es = "Gracias por tu tiempo. ¡Que tengas un buen día!" },
    ];

    /// <summary>Disposition codes offered at wrap-up until a disposition catalogue provides them.</summary>
    public List<ShellDisposition> Dispositions { get; init; } =
    [
        new() { Code = "resolved", En = "Resolved", Es = "Resuelto" },
        new() { Code = "follow-up", En = "Needs follow-up", Es = "Requiere seguimiento" },
        new() { Code = "information", En = "Information given", Es = "Información facilitada" },
    ];
}

/// <summary>One canned response.</summary>
public sealed class CannedResponse
{
    public string Id { get; init; } = "";

    public string En { get; init; } = "";

    public string Es { get; init; } = "";

    public string For(string lang) => lang == "es" ? Es : En;
}

/// <summary>One disposition code the wrap-up form offers, with its name.</summary>
public sealed class ShellDisposition
{
    public string Code { get; init; } = "";

    public string En { get; init; } = "";

    public string Es { get; init; } = "";

    public bool NotesRequired { get; init; }

    public LocalizedText Name => new(En, Es);
}
