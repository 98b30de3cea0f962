using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>Customers' mail as the tests write it.</summary>
internal static class Mails
{
    public static MimeMessage FromCustomer(string customer, string subject, string text) => From($"{customer}@cliente.test", customer, subject, text);

    public static MimeMessage From(string address, string name, string subject, string text)
    {
        var message = new MimeMessage { Subject = subject, MessageId = $"{Guid.NewGuid():N}@cliente.test", Body = new TextPart("plain") { Text = text } };
        message.From.Add(new MailboxAddress(name, address));
        message.To.Add(MailboxAddress.Parse(MailServers.Mailbox));
        return message;
    }

    public static byte[] Raw(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
