using System.Text.Json;

namespace ContactCenter.Host.Demo.WhatsApp;

/// <summary>One message the plugin sent to the stand-in, as Meta would have received it.</summary>
/// <param name="Id">The <c>wamid</c> the stand-in answered.</param>
/// <param name="Version">The Graph API version in the path.</param>
/// <param name="PhoneNumberId">The business number it was sent from.</param>
/// <param name="Body">The JSON body, as sent.</param>
/// <param name="At">When the stand-in received it.</param>
internal sealed record DemoWhatsAppSent(string Id, string Version, string PhoneNumberId, JsonElement Body, DateTimeOffset At);
