import OAMCLI

OAMCommand.runAndExit()
