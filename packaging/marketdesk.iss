; Inno Setup 6 script: a per-user installer (no administrator rights) in Chinese and
; English for the onedir bundle in dist\MarketDesk (packaging/marketdesk.spec).
;   iscc /DAppVersion=0.1.0 packaging\marketdesk.iss      -> dist\MarketDesk-0.1.0-setup.exe
; packaging/README.md has the whole sequence; .github/workflows/windows.yml runs it.
;
; - Installs to %LOCALAPPDATA%\Programs\MarketDesk; Start-menu shortcuts, and a
;   desktop shortcut (a task, ticked by default).
; - Upgrade in place: the same AppId finds the earlier installation and its folder;
;   the program files are replaced (the old _internal folder first, so no module of
;   the earlier version lingers), a running MarketDesk is asked to close. The user's
;   data (%APPDATA%\MarketDesk\MarketDesk: database, backups, logs, settings) is not
;   touched: MarketDesk migrates the database at its next start, after a backup.
; - Uninstall keeps that data unless the user ticks "also delete my data".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "MarketDesk"
#define AppExe "MarketDesk.exe"

[Setup]
AppId={{6D1B7C52-8B7E-4F3C-9E1A-3C5A8D2F4B10}
AppName={#AppName}
AppVerName={cm:AppTitle} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=MarketDesk
VersionInfoVersion={#AppVersion}
VersionInfoDescription=MarketDesk setup
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\MarketDesk
DefaultGroupName={cm:AppTitle}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
UsePreviousLanguage=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
#if Ver >= EncodeVer(6, 3, 0)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#else
; Inno Setup before 6.3 names 64-bit Windows "x64".
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
#endif
MinVersion=10.0
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist
OutputBaseFilename=MarketDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\marketdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppTitle}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Chinese Simplified ships with recent Inno Setup; with an older one, the workflow
; puts the translation (jrsoftware/issrc Files\Languages\Unofficial) next to this file.
#ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=营销管理台 MarketDesk
english.AppTitle=MarketDesk
chinesesimplified.SelfTest=检查安装（自检）
english.SelfTest=Check the installation (self-test)
chinesesimplified.UninstallTitle=卸载营销管理台
english.UninstallTitle=Uninstall MarketDesk
chinesesimplified.UninstallKeepsData=卸载只删除程序。您的数据（数据库、备份、日志和设置）保存在%n%1%n会保留下来，重新安装后可继续使用。
english.UninstallKeepsData=Uninstalling removes the program only. Your data (database, backups, logs and settings) in%n%1%nis kept, and a new installation uses it again.
chinesesimplified.UninstallDeleteData=同时删除我的数据（无法恢复）
english.UninstallDeleteData=Also delete my data (this cannot be undone)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the libraries wholesale: a module the new version no longer
; has must not be found by the old name.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\MarketDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k ""{app}\marketdesk-cli.exe"" self-test"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteData: Boolean;

{ Where MarketDesk keeps the user's data (app/paths.py data_dir on Windows). }
function DataDir(): String;
begin
  Result := ExpandConstant('{userappdata}\MarketDesk\MarketDesk');
end;

{ Before uninstalling: say that the data stays, and offer a box (not ticked) to
  delete it too. Cancel stops the uninstall. A silent uninstall keeps the data
  unless its command line has /DELETEDATA=1. }
function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := True;
  { IT uninstalling silently deletes the data only when told: /DELETEDATA=1. }
  DeleteData := ExpandConstant('{param:DELETEDATA|0}') = '1';
  if UninstallSilent() then
    Exit;
#if Ver >= EncodeVer(6, 6, 0)
  { 6.6 takes the client size up front (and scales it itself). }
  Form := CreateCustomForm(460, 170, True, True);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(460);
  Form.ClientHeight := ScaleY(170);
#endif
  try
    Form.Caption := CustomMessage('UninstallTitle');

    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.Left := ScaleX(12);
    Note.Top := ScaleY(12);
    Note.Width := Form.ClientWidth - ScaleX(24);
    Note.Height := ScaleY(80);
    Note.Caption := FmtMessage(CustomMessage('UninstallKeepsData'), [DataDir()]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := ScaleY(96);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(20);
    Box.Caption := CustomMessage('UninstallDeleteData');
    Box.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := ScaleX(80);
    OkButton.Height := ScaleY(24);
    OkButton.Left := Form.ClientWidth - ScaleX(2 * 80 + 2 * 12);
    OkButton.Top := Form.ClientHeight - ScaleY(24 + 12);
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(80);
    CancelButton.Height := ScaleY(24);
    CancelButton.Left := Form.ClientWidth - ScaleX(80 + 12);
    CancelButton.Top := OkButton.Top;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    Result := Form.ShowModal() = mrOk;
    DeleteData := Result and Box.Checked;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteData then
    DelTree(DataDir(), True, True, True);
end;
