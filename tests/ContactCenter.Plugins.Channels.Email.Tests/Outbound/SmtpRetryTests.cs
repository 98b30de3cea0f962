using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Email.Outbound;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace ContactCenter.Plugins.Channels.Email.Tests.Outbound;

public sealed class SmtpRetryTests
{
    [Fact]
    public void IsTransient_FourHundredsAndTheNetwork_Retried()
    {
        Assert.True(SmtpRetry.IsTransient(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.MailboxBusy, "busy")));
        Assert.True(SmtpRetry.IsTransient(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.True(SmtpRetry.IsTransient(new IOException("reset")));
    }

    [Fact]
    public void IsTransient_FiveHundredsAndSignInFailures_NotRetried()
    {
        Assert.False(SmtpRetry.IsTransient(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "no such user")));
        Assert.False(SmtpRetry.IsTransient(new AuthenticationException("bad password")));
    }
}
