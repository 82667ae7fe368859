import OAMCLI

OAMCommand.main()
