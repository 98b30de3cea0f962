using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactCenter.Host.Tests.Identity.Pages;

/// <summary>
/// A WebAuthn authenticator in software (ES256, "none" attestation), answering the options the pages hand to the
/// browser the way <c>navigator.credentials</c> would, serialised like <c>PublicKeyCredential.toJSON()</c>. The origin
/// and challenge it signs can be overridden, to prove the server refuses them.
/// </summary>
internal sealed class SoftwareAuthenticator(string origin) : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private uint _counter;
    private byte[] _userHandle = [];

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(32);

    public string CredentialIdText => Base64Url.EncodeToString(CredentialId);

    /// <summary>Answers creation options (<c>navigator.credentials.create</c>).</summary>
    public string Create(string optionsJson, string? originOverride = null)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var rpId = (string)options["rp"]!["id"]!;
        _userHandle = Base64Url.DecodeFromChars((string)options["user"]!["id"]!);
        var clientData = ClientData("webauthn.create", (string)options["challenge"]!, originOverride ?? origin);
        var authData = AuthenticatorData(rpId, flags: 0x45, attested: true);
        var attestation = Cbor.Map(3)
            .Concat(Cbor.Text("fmt")).Concat(Cbor.Text("none"))
            .Concat(Cbor.Text("attStmt")).Concat(Cbor.Map(0))
            .Concat(Cbor.Text("authData")).Concat(Cbor.Bytes(authData)).ToArray();
        return Serialize(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["attestationObject"] = Base64Url.EncodeToString(attestation),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>Answers request options (<c>navigator.credentials.get</c>), optionally for another challenge or origin.</summary>
    public string Get(string optionsJson, string? originOverride = null, string? challengeOverride = null)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var rpId = (string?)options["rpId"] ?? new Uri(origin).Host;
        var clientData = ClientData("webauthn.get", challengeOverride ?? (string)options["challenge"]!, originOverride ?? origin);
        var authData = AuthenticatorData(rpId, flags: 0x05, attested: false);
        var signature = _key.SignData([.. authData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Serialize(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = Base64Url.EncodeToString(_userHandle),
        });
    }

    public void Dispose() => _key.Dispose();

    private string Serialize(JsonObject response) => new JsonObject
    {
        ["id"] = CredentialIdText,
        ["rawId"] = CredentialIdText,
        ["type"] = "public-key",
        ["authenticatorAttachment"] = "platform",
        ["response"] = response,
        ["clientExtensionResults"] = new JsonObject(),
    }.ToJsonString();

    private static byte[] ClientData(string type, string challenge, string origin) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type, challenge, origin, crossOrigin = false }));

    private byte[] AuthenticatorData(string rpId, byte flags, bool attested)
    {
        var counter = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counter, ++_counter);
        var data = new List<byte>(SHA256.HashData(Encoding.UTF8.GetBytes(rpId))) { flags };
        data.AddRange(counter);
        if (attested)
        {
            var parameters = _key.ExportParameters(includePrivateParameters: false);
            data.AddRange(new byte[16]); // AAGUID: none.
            data.Add((byte)(CredentialId.Length >> 8));
            data.Add((byte)CredentialId.Length);
            data.AddRange(CredentialId);
            // COSE_Key: {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}
            data.AddRange(Cbor.Map(5).Concat(Cbor.Int(1)).Concat(Cbor.Int(2)).Concat(Cbor.Int(3)).Concat(Cbor.Int(-7))
                .Concat(Cbor.Int(-1)).Concat(Cbor.Int(1)).Concat(Cbor.Int(-2)).Concat(Cbor.Bytes(parameters.Q.X!))
                .Concat(Cbor.Int(-3)).Concat(Cbor.Bytes(parameters.Q.Y!)));
        }

        return [.. data];
    }

    /// <summary>The few CBOR items an attestation needs (RFC 8949 major types 0, 1, 2, 3 and 5; short lengths only).</summary>
    private static class Cbor
    {
        public static byte[] Map(int count) => Head(5, count);

        public static byte[] Int(int value) => value >= 0 ? Head(0, value) : Head(1, -1 - value);

        public static byte[] Text(string value) => [.. Head(3, Encoding.UTF8.GetByteCount(value)), .. Encoding.UTF8.GetBytes(value)];

        public static byte[] Bytes(byte[] value) => [.. Head(2, value.Length), .. value];

        private static byte[] Head(int major, int length) => length switch
        {
            < 24 => [(byte)((major << 5) | length)],
            < 256 => [(byte)((major << 5) | 24), (byte)length],
            _ => [(byte)((major << 5) | 25), (byte)(length >> 8), (byte)length],
        };
    }
}
