namespace ChandlerLoop.Protocol;
