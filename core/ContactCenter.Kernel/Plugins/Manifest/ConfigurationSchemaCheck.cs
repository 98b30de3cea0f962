using System.Text.Json;
using Json.Schema;

namespace ContactCenter.Kernel.Plugins.Manifest;

/// <summary>Checks <c>configurationSchema</c> is a JSON Schema and <c>configuration</c> satisfies it.</summary>
internal static class ConfigurationSchemaCheck
{
    /// <summary>Returns the schema text (if any) and the configuration object text, recording problems.</summary>
    public static (string? Schema, string Configuration) Check(ManifestFields fields)
    {
        var configuration = "{}";
        JsonElement configurationElement = default;
        var hasConfiguration = fields.TryGet("configuration", out configurationElement);
        if (hasConfiguration)
        {
            if (configurationElement.ValueKind != JsonValueKind.Object)
            {
                fields.Errors.Add("'configuration': must be a JSON object.");
                hasConfiguration = false;
            }
            else
            {
                configuration = configurationElement.GetRawText();
            }
        }

        if (!fields.TryGet("configurationSchema", out var schemaElement))
        {
            return (null, configuration);
        }

        if (schemaElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            fields.Errors.Add("'configurationSchema': must be a JSON Schema (an object).");
            return (null, configuration);
        }

        JsonSchema schema;
        try
        {
            // A private registry: a plugin's $id must not land in (or collide within) the process-wide registry.
            schema = JsonSchema.Build(schemaElement, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        }
        catch (Exception ex) when (ex is JsonSchemaException or JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            fields.Errors.Add($"'configurationSchema': is not a valid JSON Schema: {ex.Message}");
            return (null, configuration);
        }

        if (!fields.Errors.Any(e => e.StartsWith("'configuration':", StringComparison.Ordinal)))
        {
            using var instance = JsonDocument.Parse(configuration);
            var results = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!results.IsValid)
            {
                var problems = (results.Details ?? [])
                    .Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"at '{d.InstanceLocation}' {e.Value}"))
                    .DefaultIfEmpty("it does not match the schema")
                    .Distinct();
                fields.Errors.Add($"'configuration': does not satisfy 'configurationSchema': {string.Join("; ", problems)}.");
            }
        }

        return (schemaElement.GetRawText(), configuration);
    }
}
