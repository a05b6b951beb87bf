namespace ChandlerLoop.Host.Services;
