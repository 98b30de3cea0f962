using System.Text.Json.Nodes;
using ContactCenter.Kernel.Security.Encryption;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// The personal free text of an interaction snapshot, encrypted at rest: <c>subject</c> and <c>disposition.notes</c> are
/// taken out of the JSON and kept, encrypted with contexts <c>interaction/{id}/subject</c> and
/// <c>interaction/{id}/disposition-notes</c>, under <c>sealed</c> (<c>{"v":1,"subject":…,"notes":…}</c>). A snapshot
/// without <c>sealed</c> was written before this existed: its fields are read as they are (clear) and encrypted on its
/// next write or by a key rotation's re-encryption.
/// </summary>
internal static class InteractionSealing
{
    public const string Property = "sealed";
    public const int Version1 = 1;

    public static string SubjectContext(string id) => $"interaction/{id}/subject";

    public static string NotesContext(string id) => $"interaction/{id}/disposition-notes";

    /// <summary>Moves the clear fields of <paramref name="node"/> (a serialised snapshot) into an encrypted <c>sealed</c> object.</summary>
    public static void Seal(JsonObject node, IDataProtector protector)
    {
        var id = (string)node["id"]!;
        var box = new JsonObject { ["v"] = Version1 };
        if (Take(node, "subject") is { } subject)
        {
            box["subject"] = protector.ProtectString(subject, SubjectContext(id));
        }

        if (node["disposition"] is JsonObject disposition && Take(disposition, "notes") is { } notes)
        {
            box["notes"] = protector.ProtectString(notes, NotesContext(id));
        }

        node.Remove(Property);
        if (box.Count > 1)
        {
            node[Property] = box;
        }
    }

    /// <summary>Puts the decrypted fields back into <paramref name="node"/>. A snapshot without <c>sealed</c> is left as it is.</summary>
    /// <exception cref="DataTamperedException">A sealed field does not authenticate (or the version is unknown).</exception>
    public static async ValueTask OpenAsync(JsonObject node, IDataProtector protector, CancellationToken cancellationToken)
    {
        if (node[Property] is not JsonObject box)
        {
            return;
        }

        var id = (string)node["id"]!;
        if (box["v"]?.GetValue<int>() != Version1)
        {
            throw new DataTamperedException(SubjectContext(id), $"unknown sealed-fields version '{box["v"]}'");
        }

        if (box["subject"]?.GetValue<string>() is { } subject)
        {
            node["subject"] = await protector.UnprotectStringAsync(subject, SubjectContext(id), cancellationToken).ConfigureAwait(false);
        }

        if (box["notes"]?.GetValue<string>() is { } notes)
        {
            if (node["disposition"] is not JsonObject disposition)
            {
                throw new DataTamperedException(NotesContext(id), "sealed notes without a disposition");
            }

            disposition["notes"] = await protector.UnprotectStringAsync(notes, NotesContext(id), cancellationToken).ConfigureAwait(false);
        }

        node.Remove(Property);
    }

    /// <summary>The data key ids of the sealed values, and whether any field is still in clear (written before sealing).</summary>
    public static bool NeedsResealing(JsonObject node, Func<string, bool> isCurrent)
    {
        if (node["subject"] is JsonValue || (node["disposition"] as JsonObject)?["notes"] is JsonValue)
        {
            return true;
        }

        return node[Property] is JsonObject box
            && (box["subject"]?.GetValue<string>() is { } s && !isCurrent(s) || box["notes"]?.GetValue<string>() is { } n && !isCurrent(n));
    }

    private static string? Take(JsonObject node, string name)
    {
        var value = node[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        node.Remove(name);
        return value;
    }
}
