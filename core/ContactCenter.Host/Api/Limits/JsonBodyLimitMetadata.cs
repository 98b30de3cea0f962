namespace ContactCenter.Host.Api.Limits;

/// <summary>Endpoint metadata: the request body is JSON and limited to <c>CC:Api:MaxJsonBodyBytes</c>.</summary>
internal sealed class JsonBodyLimitMetadata
{
    public static readonly JsonBodyLimitMetadata Instance = new();

    private JsonBodyLimitMetadata()
    {
    }
}
