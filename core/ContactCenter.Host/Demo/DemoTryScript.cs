namespace ContactCenter.Host.Demo;

/// <summary>
/// The bash lines the guide prints: a whole interaction through the API with curl and jq, from an agent going
/// Available to the interaction closed. Each line runs as printed (a test runs them against a demo host).
/// </summary>
internal static class DemoTryScript
{
    public static IReadOnlyList<string> Lines(DemoGuideFacts facts) =>
    [
        $"export CC={Quote(facts.BaseUrl)}",
        $"export CC_TOKEN=\"$(cat {Quote(facts.TokenPath)})\"",
        $"export CC_PIN={Quote(facts.PublicKeyPin)}",
        "# the certificate is self-signed: --insecure skips the CA check, --pinnedpubkey still accepts only this host's key",
        "cc_api() { curl -sS --fail-with-body --insecure --pinnedpubkey \"$CC_PIN\" -H \"Authorization: Bearer $CC_TOKEN\" -H 'Content-Type: application/json' \"$@\"; echo; }",
        "# 1. agent1 becomes Available / agent1 se pone Disponible",
        "cc_api -X PUT \"$CC/api/v1/agents/agent1/presence\" -d '{\"statusId\":\"available\"}' | jq -c '{agentId, statusId, subState}'",
        "# 2. a customer's chat arrives / llega el chat de un cliente",
        "ID=$(cc_api -X POST \"$CC/api/v1/interactions\" -d '{\"channel\":\"Chat\",\"serviceLineId\":\"autos\",\"subject\":\"Demo: fender bender / choque leve\",\"attributes\":{\"demo\":\"true\"}}' | jq -r .id); echo \"$ID\"",
        "# 3. it waits in autos-general and routing offers it to agent1 / espera en autos-general y se ofrece a agent1",
        "cc_api -X POST \"$CC/api/v1/interactions/$ID/enqueue\" -d '{\"queueId\":\"autos-general\"}' | jq -c '{state, queueId}'",
        "for _ in $(seq 50); do cc_api \"$CC/api/v1/interactions/$ID\" | jq -e '.state == \"Offered\"' >/dev/null && break; sleep 0.2; done",
        "cc_api \"$CC/api/v1/interactions/$ID\" | jq -c '{state, agentId}'",
        "# 4. agent1 accepts / agent1 acepta",
        "cc_api -X POST \"$CC/api/v1/interactions/$ID/accept\" -d '{\"agentId\":\"agent1\"}' | jq -c '{state, agentId}'",
        "# 5. the conversation ends and agent1 wraps up / termina la conversación y agent1 documenta",
        "cc_api -X POST \"$CC/api/v1/interactions/$ID/end\" | jq -c '{state}'",
        "# 6. agent1 closes it with a disposition / agent1 la cierra con una tipificación",
        "cc_api -X POST \"$CC/api/v1/interactions/$ID/close\" -d '{\"disposition\":{\"code\":\"consulta/cobertura\"}}' | jq -c '{state, disposition}'",
        "cc_api \"$CC/api/v1/agents/agent1/presence\" | jq -c '{statusId, subState}'",
    ];

    // Single quotes keep every character literal in bash; a single quote inside is closed, escaped and reopened.
    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
