namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>A stored server: the password encrypted with the kernel's data protector, the rest in clear.</summary>
internal sealed record ServerDocument(string Host, int Port, MailSecurity Security, string UserName, string Password);
